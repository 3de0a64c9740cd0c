CasebookSearch.add("t/e4ba86",[["了什",[9808,"BgDggGBthB"]],["了外",[9808,"BgDgiEB3L"]],["了未",[9808,"BgDgoEBrS"]],["了没",[9808,"BgDgkEBrO"]]]);
