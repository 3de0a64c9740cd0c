CasebookSearch.add("t/e5a48d",[["复正",[1,"BnCggFB-5B"]],["复现",[1,"B2Gg4ED7lByF9K"]]]);
