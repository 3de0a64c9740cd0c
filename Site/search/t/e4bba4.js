CasebookSearch.add("t/e4bba4",[["令按",[1,"BnCgkEB6V"]],["令没",[1,"BnCggFBy8B"]],["令行",[1,"B9Ig-EEsRnHlHxQ"]]]);
