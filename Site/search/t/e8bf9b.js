CasebookSearch.add("t/e8bf9b",[["进制",[1,"BgDggGBuhB"]],["进行",[1,"BgDgiEBrJ"]]]);
