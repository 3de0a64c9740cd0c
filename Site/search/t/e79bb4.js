CasebookSearch.add("t/e79bb4",[["直到",[1,"BnCgoEB8rB"]],["直接",[1,"BvEgkFCuYtgB"]]]);
