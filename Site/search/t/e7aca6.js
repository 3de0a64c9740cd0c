CasebookSearch.add("t/e7aca6",[["符号",[1,"B4uBi-GMoCsHagF2CL7BnCpBkBc9F"]]]);
