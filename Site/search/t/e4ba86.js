CasebookSearch.add("t/e4ba86",[["了两",[1,"BnCgkEBrV"]],["了什",[1,"BvEgoGCzemhB"]],["了出",[1,"BnCgwEB4yB"]],["了构",[1,"BnCgoEBhuB"]],["了这",[1,"B9Ig4EEiiB5G-G5C"]]]);
