CasebookSearch.add("t/7a",[["z",[1335,"AsdkaJ9DrKuGZftE2DyBgBBhSg6EG4MvFSwDjCkBB9xBk8BJmCVvHxC5CBBoCD"]]]);
