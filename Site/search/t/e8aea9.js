CasebookSearch.add("t/e8aea9",[["让",[9808,"BgDgwEB3Y"]],["让供",[9808,"BgDgwEBoa"]],["让错",[9808,"BgDggGBwgB"]]]);
