CasebookSearch.add("t/e8afa5",[["该包",[1,"BgDgkEB3P"]],["该参",[1,"BgDggFBoc"]]]);
