CasebookSearch.add("t/e5bc8f",[["式下",[1,"B9Ig8GEwb3FxT5J"]],["式加",[1,"BvEgoECxmBR"]],["式构",[1,"BnCgwEBp0B"]],["式链",[1,"BiLkoECuCte"]]]);
