CasebookSearch.add("t/e8bf9b",[["进制",[1,"BgDggGBmhB"]],["进行",[1,"BgDgiEBjJ"]]]);
