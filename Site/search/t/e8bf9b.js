CasebookSearch.add("t/e8bf9b",[["进制",[9808,"BgDggGBmhB"]],["进行",[9808,"BgDgiEBjJ"]]]);
