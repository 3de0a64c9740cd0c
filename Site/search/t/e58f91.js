CasebookSearch.add("t/e58f91",[["发布",[1,"BnCggFBl4B"]],["发的",[1,"B4FghEB5H"]],["发行",[1,"BnCgoEB_gB"]]]);
