CasebookSearch.add("t/e8a385",[["装行",[1,"BnCgiEBvO"]]]);
