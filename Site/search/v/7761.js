CasebookSearch.add("v/7761",["warned","warning","warnings","warns","wazero","wazevo"]);
