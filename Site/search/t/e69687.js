CasebookSearch.add("t/e69687",[["文件",[1,"B7RgqHIwJ7G2P9J5B7B3LrG"]],["文本",[1,"BnCgoEBrqB"]],["文章",[1,"B2GgoFDsehKuS"]]]);
