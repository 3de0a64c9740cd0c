CasebookSearch.add("t/e99b86",[["集群",[1,"BgDggFB-d"]]]);
