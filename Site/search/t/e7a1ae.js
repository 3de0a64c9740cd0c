CasebookSearch.add("t/e7a1ae",[["确定",[1,"BgDgiEB0L"]],["确实",[1,"BgDgoEB0U"]],["确认",[1,"B_FggFCtce"]]]);
