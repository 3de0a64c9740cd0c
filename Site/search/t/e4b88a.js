CasebookSearch.add("t/e4b88a",[["上了",[1,"BgDgiEB0M"]],["上打",[1,"B8NigEB-B"]],["上游",[1,"BgDgoEBgS"]],["上配",[1,"BgDggFB6d"]],["上验",[1,"BgDgwEBic"]]]);
