CasebookSearch.add("t/e7a4ba",[["示例",[1,"B2Gg4ED9lByF9K"]]]);
