import CommonMark
import Testing
