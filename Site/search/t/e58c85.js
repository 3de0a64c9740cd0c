CasebookSearch.add("t/e58c85",[["包中",[1,"BgDgkEBoP"]],["包保",[1,"BgDgwEB4a"]],["包得",[1,"BgDgkEBgQ"]],["包时",[1,"B8NigEBgC"]],["包的",[1,"BgDgoEB_U"]],["包至",[1,"BgDggFBkd"]],["包被",[1,"BgDgiEBxM"]]]);
