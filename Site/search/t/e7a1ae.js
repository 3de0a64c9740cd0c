CasebookSearch.add("t/e7a1ae",[["确切",[1,"B4FghEB7G"]],["确定",[1,"BnCgiEBiN"]],["确实",[1,"BnCgoEB9e"]],["确认",[1,"BvEggFCh3B1C"]]]);
