CasebookSearch.add("t/e7aca6",[["符号",[1,"B4uBi-GMoC0HagF2CL7BnCpBkBc9F"]]]);
