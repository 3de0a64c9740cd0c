CasebookSearch.add("v/6465",["december","declared","declares","default","define","defined","defines","definitions","defs","dependency","deployed","details"]);
