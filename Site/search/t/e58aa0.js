CasebookSearch.add("t/e58aa0",[["加",[1,"BnCgoEBgmB"]],["加上",[1,"BnCgoEBymB"]],["加入",[1,"BiLkoECgD4Z"]],["加固",[1,"BnCgoEBsd"]],["加载",[1,"BvEgoFC9sBjO"]],["加进",[1,"BnCgwEB4xB"]]]);
