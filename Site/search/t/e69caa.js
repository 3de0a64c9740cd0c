CasebookSearch.add("t/e69caa",[["未在",[1,"BgDgwEB2b"]],["未定",[1,"BxpBm6GIqCcwGVhI5D2C0G"]],["未确",[1,"BgDggFBid"]],["未解",[1,"B_Ig4FD_T-F4E"]],["未采",[1,"B_FgwEC_XnC"]]]);
