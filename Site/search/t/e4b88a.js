CasebookSearch.add("t/e4b88a",[["上了",[9808,"BgDgiEBsM"]],["上打",[9808,"B8NigEB-B"]],["上游",[9808,"BgDgoEB4R"]],["上配",[9808,"BgDggFByd"]],["上验",[9808,"BgDgwEB6b"]]]);
