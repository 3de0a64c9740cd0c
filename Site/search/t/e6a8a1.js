CasebookSearch.add("t/e6a8a1",[["模块",[1,"B2Gg4ED_mBnNP"]],["模式",[1,"B2ak8GJtCsW2C3FqFRnNP5J"]],["模重",[1,"BnCggFB43B"]]]);
