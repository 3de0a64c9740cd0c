CasebookSearch.add("t/e99b86",[["集群",[9808,"BgDggFB2d"]]]);
