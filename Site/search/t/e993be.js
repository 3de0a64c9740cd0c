CasebookSearch.add("t/e993be",[["链接",[1,"B1pCm_GX3BYuFuBJb3FjB_HmEnCHgB2DZ7B4B0B0F_B2D3HpB"]],["链赋",[1,"BnCgkEBpX"]]]);
