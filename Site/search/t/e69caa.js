CasebookSearch.add("t/e69caa",[["未在",[9808,"BgDgwEB2b"]],["未定",[9808,"BxpBm6GIqCcwGVhI5D2C0G"]],["未确",[9808,"BgDggFBid"]],["未解",[9808,"B_Ig4FD_T-F4E"]],["未采",[9808,"B_FgwEC_XnC"]]]);
