CasebookSearch.add("t/e4ba86",[["了什",[1,"BgDggGBthB"]],["了外",[1,"BgDgiEB3L"]],["了未",[1,"BgDgoEBrS"]],["了没",[1,"BgDgkEBrO"]]]);
