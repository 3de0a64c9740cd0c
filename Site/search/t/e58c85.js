CasebookSearch.add("t/e58c85",[["包中",[1,"BgDgkEBgP"]],["包保",[1,"BgDgwEBwa"]],["包得",[1,"BgDgkEB4P"]],["包时",[1,"B8NigEBgC"]],["包的",[1,"BgDgoEB3U"]],["包至",[1,"BgDggFB8c"]],["包被",[1,"BgDgiEBpM"]]]);
