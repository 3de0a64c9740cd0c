CasebookSearch.add("t/e8afa5",[["该包",[1,"BgDgkEB_P"]],["该参",[1,"BgDggFBwc"]]]);
