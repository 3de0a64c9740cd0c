CasebookSearch.add("t/e58aa8",[["动尚",[1,"BnCgkEBwa"]],["动开",[1,"BnCgoEBqf"]]]);
