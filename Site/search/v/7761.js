CasebookSearch.add("v/7761",["warning","warnings","warns","wazero","wazevo"]);
