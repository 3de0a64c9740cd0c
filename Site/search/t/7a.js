CasebookSearch.add("t/7a",[["z",[1335,"AkdkaJ9DrKuGZftE2DyBgBB-Rg6EG4MvFSwDjCkBByxBk8BJmCVvHxC5CBBoCD"]]]);
