#!/usr/bin/env python3
# Writes the page-shape fixtures whose encoding cannot be kept as plain UTF-8 text in git (GB18030,
# UTF-16, mixed line endings). The other fixtures are committed as they are. Run from this folder.
import pathlib

here = pathlib.Path(__file__).parent

nangang = """黑龙江省人民政府门户网站 > 市县动态
哈尔滨市南岗区：“冰城英才”进机关 为基层治理注入新动能
发布日期：2022-11-03    信息来源：南岗区委组织部    【打印本页】 【关闭窗口】
为进一步优化干部队伍结构，哈尔滨市南岗区今年面向重点高校引进优秀毕业生86名，其中博士研究生12名、硕士研究生58名。
区委组织部建立“一人一档”跟踪培养机制，安排新引进人才到街道社区、信访窗口等一线岗位跟班锻炼，累计开展专题培训14场次、培训1200余人次。
下一步，南岗区将持续完善人才引育留用全链条服务，让各类人才在基层一线建功立业。
主办单位：黑龙江省人民政府办公厅  网站标识码：2300000001  黑ICP备05002943号
"""
(here / "11_heilongjiang_gb18030.txt").write_bytes(nangang.replace("\n", "\r\n").encode("gb18030"))

shushan = """蜀山区“三个一批”锻造高素质专业化干部队伍
时间：2023-02-20 来源：蜀山区委组织部
近年来，合肥市蜀山区坚持把年轻干部培养作为一项战略性工程来抓，选派42名年轻干部到招商一线、项目一线和信访维稳一线实践锻炼。
全区举办中青年干部培训班6期，培训干部540人次；遴选优秀年轻干部126名纳入区管干部储备库。
蜀山区将进一步健全常态化发现培养选拔机制，为高质量发展提供坚强组织保证。
"""
(here / "16_anhui_utf16.txt").write_bytes(b"\xff\xfe" + shushan.encode("utf-16-le"))

xincheng = ("呼和浩特市新城区：党建引领“红色物业”破解小区治理难题\r"
            "2023年06月28日 09:15  来源：新城区委组织部\r\n"
            "今年以来，呼和浩特市新城区把“红色物业”建设作为抓党建促基层治理的重要抓手，在全区62个住宅小区成立物业党支部。\n"
            "区委组织部选派36名机关党员干部担任小区“红色管家”，推动解决停车难、加装电梯等群众急难愁盼问题800余件。\r\n"
            "下一步，新城区将持续推动党建引领物业服务提质增效，让居民群众的获得感成色更足。\r\n"
            "编辑：王丽  初审：张强  复审：刘洋  终审：赵军\r\n")
(here / "21_neimenggu_mixed_line_endings.txt").write_bytes(xincheng.encode("utf-8"))
