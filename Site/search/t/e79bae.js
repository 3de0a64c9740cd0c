CasebookSearch.add("t/e79bae",[["目前",[1,"BnCgoEBmuB"]],["目录",[1,"BlLg2GFsMuE-BjiB5J"]],["目标",[1,"B9Ig6EEpQnSmE8O"]]]);
