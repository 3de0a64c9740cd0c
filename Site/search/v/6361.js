CasebookSearch.add("v/6361",["call","called","callengine","calling","calls","callwithstack","cannot","carries","carry","case","cause"]);
