CasebookSearch.add("t/e68aa5",[["报出",[1,"BnCggGB09B"]],["报告",[1,"B4RkqEF1C8Hua4C5G"]],["报错",[1,"BnCgoEBylB"]]]);
