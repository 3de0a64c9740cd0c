CasebookSearch.add("t/e4b88a",[["上了",[1,"BgDgiEBsM"]],["上打",[1,"B8NigEB-B"]],["上游",[1,"BgDgoEB4R"]],["上配",[1,"BgDggFByd"]],["上验",[1,"BgDgwEB6b"]]]);
