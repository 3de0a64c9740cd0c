CasebookSearch.add("t/e8afa5",[["该包",[9808,"BgDgkEB3P"]],["该参",[9808,"BgDggFBoc"]]]);
