CasebookSearch.add("t/e4ba86",[["了什",[1,"BgDggGB1hB"]],["了外",[1,"BgDgiEB_L"]],["了未",[1,"BgDgoEBzS"]],["了没",[1,"BgDgkEBzO"]]]);
