CasebookSearch.add("t/e7aca6",[["符号",[1,"Bn9Bm-GT9BciIhBlL0GDjBwF7DRaX3ESvB6CSwJ"]]]);
