CasebookSearch.add("t/e6988e",[["明了",[9808,"BgDgkEBqO"]],["明使",[9808,"BgDgiEB0L"]],["明供",[9808,"BgDgiEBhM"]],["明未",[9808,"BgDggFB0e"]]]);
