CasebookSearch.add("t/e591bd",[["命令",[1,"BlLg-FFrRnHlHxQpM"]]]);
