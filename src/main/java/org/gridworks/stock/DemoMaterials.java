package org.gridworks.stock;

import java.util.List;

/**
 * The demo catalogue: about sixty standard distribution-network materials as a city power-supply company keeps
 * them in reserve, with a typical reserve level for a district warehouse (the central one keeps three times as
 * much). Codes follow the nine-digit style of the company's material master.
 */
final class DemoMaterials {

    private DemoMaterials() {}

    record Item(String name, String spec, String uom, MaterialCategory category, int level) {}

    static final List<Item> ITEMS = List.of(
            new Item("10kV交联聚乙烯电力电缆", "YJV22-8.7/15kV-3×300", "米", MaterialCategory.CABLE_10KV, 600),
            new Item("10kV交联聚乙烯电力电缆", "YJV22-8.7/15kV-3×240", "米", MaterialCategory.CABLE_10KV, 600),
            new Item("10kV交联聚乙烯电力电缆", "YJV22-8.7/15kV-3×185", "米", MaterialCategory.CABLE_10KV, 400),
            new Item("10kV交联聚乙烯电力电缆", "YJV22-8.7/15kV-3×150", "米", MaterialCategory.CABLE_10KV, 400),
            new Item("10kV交联聚乙烯电力电缆", "YJV22-8.7/15kV-3×70", "米", MaterialCategory.CABLE_10KV, 300),
            new Item("10kV铝芯电力电缆", "YJLV22-8.7/15kV-3×400", "米", MaterialCategory.CABLE_10KV, 300),
            new Item("低压电力电缆", "YJV22-0.6/1kV-4×240+1×120", "米", MaterialCategory.CABLE_LV, 500),
            new Item("低压电力电缆", "YJV22-0.6/1kV-4×185+1×95", "米", MaterialCategory.CABLE_LV, 500),
            new Item("低压电力电缆", "YJV22-0.6/1kV-4×150+1×70", "米", MaterialCategory.CABLE_LV, 500),
            new Item("低压电力电缆", "YJV22-0.6/1kV-4×95+1×50", "米", MaterialCategory.CABLE_LV, 400),
            new Item("低压电力电缆", "YJV22-0.6/1kV-4×50+1×25", "米", MaterialCategory.CABLE_LV, 400),
            new Item("低压电力电缆", "YJV-0.6/1kV-4×25+1×16", "米", MaterialCategory.CABLE_LV, 300),
            new Item("油浸式配电变压器", "S13-M-200/10 10/0.4kV Dyn11", "台", MaterialCategory.DISTRIBUTION_TRANSFORMER, 3),
            new Item("油浸式配电变压器", "S13-M-400/10 10/0.4kV Dyn11", "台", MaterialCategory.DISTRIBUTION_TRANSFORMER, 3),
            new Item("油浸式配电变压器", "S13-M-630/10 10/0.4kV Dyn11", "台", MaterialCategory.DISTRIBUTION_TRANSFORMER, 2),
            new Item("非晶合金配电变压器", "SH15-M-400/10 10/0.4kV", "台", MaterialCategory.DISTRIBUTION_TRANSFORMER, 2),
            new Item("干式配电变压器", "SCB13-800/10 10/0.4kV", "台", MaterialCategory.DISTRIBUTION_TRANSFORMER, 1),
            new Item("干式配电变压器", "SCB13-1250/10 10/0.4kV", "台", MaterialCategory.DISTRIBUTION_TRANSFORMER, 1),
            new Item("美式箱式变电站", "YBM-12/0.4-400kVA", "台", MaterialCategory.BOX_SUBSTATION, 1),
            new Item("美式箱式变电站", "YBM-12/0.4-630kVA", "台", MaterialCategory.BOX_SUBSTATION, 1),
            new Item("欧式箱式变电站", "YB-12/0.4-800kVA", "台", MaterialCategory.BOX_SUBSTATION, 1),
            new Item("欧式箱式变电站", "YB-12/0.4-1250kVA", "台", MaterialCategory.BOX_SUBSTATION, 1),
            new Item("SF6气体绝缘环网柜", "12kV 二进四出 630A", "台", MaterialCategory.RING_MAIN_UNIT, 2),
            new Item("SF6气体绝缘环网柜", "12kV 二进二出 630A", "台", MaterialCategory.RING_MAIN_UNIT, 2),
            new Item("固体绝缘环网柜", "12kV 一进二出 630A", "台", MaterialCategory.RING_MAIN_UNIT, 1),
            new Item("10kV电缆分支箱", "DFW-12/630 一进三出", "台", MaterialCategory.RING_MAIN_UNIT, 2),
            new Item("柱上真空断路器", "ZW32-12/630-20kA", "台", MaterialCategory.SWITCHGEAR, 3),
            new Item("柱上隔离开关", "GW9-12/630", "组", MaterialCategory.SWITCHGEAR, 5),
            new Item("跌落式熔断器", "HRW12-12/100A", "只", MaterialCategory.SWITCHGEAR, 30),
            new Item("氧化锌避雷器", "HY5WS-17/50", "只", MaterialCategory.SWITCHGEAR, 30),
            new Item("低压综合配电箱", "JP柜 400kVA 三回出线", "台", MaterialCategory.SWITCHGEAR, 2),
            new Item("低压抽屉式开关柜", "GGD 1000×600×2200", "面", MaterialCategory.SWITCHGEAR, 2),
            new Item("单表位电能计量箱", "PC 单相 1表位", "只", MaterialCategory.METER_BOX, 80),
            new Item("四表位电能计量箱", "PC 单相 4表位", "只", MaterialCategory.METER_BOX, 40),
            new Item("六表位电能计量箱", "SMC 单相 6表位", "只", MaterialCategory.METER_BOX, 30),
            new Item("三相电能计量箱", "三相 1表位 直接接入", "只", MaterialCategory.METER_BOX, 30),
            new Item("三相电能计量箱", "三相 1表位 经互感器接入", "只", MaterialCategory.METER_BOX, 10),
            new Item("低压电缆分支箱", "0.4kV 一进四出 400A", "台", MaterialCategory.METER_BOX, 5),
            new Item("单相智能电能表", "DDZY 2级 5(60)A 载波", "只", MaterialCategory.SMART_METER, 300),
            new Item("三相四线智能电能表", "DTZY 1级 10(100)A 直接接入", "只", MaterialCategory.SMART_METER, 60),
            new Item("三相四线智能电能表", "DTZY 0.5S级 1.5(6)A 经互感器", "只", MaterialCategory.SMART_METER, 20),
            new Item("用电信息采集集中器", "I型 HPLC", "台", MaterialCategory.SMART_METER, 10),
            new Item("用电信息采集器", "II型 HPLC", "台", MaterialCategory.SMART_METER, 20),
            new Item("低压电流互感器", "LMZ-0.66 300/5 0.2S级", "只", MaterialCategory.SMART_METER, 30),
            new Item("钢芯铝绞线", "JL/G1A-240/30", "米", MaterialCategory.OVERHEAD_LINE, 1000),
            new Item("10kV架空绝缘导线", "JKLYJ-10/240", "米", MaterialCategory.OVERHEAD_LINE, 800),
            new Item("低压架空绝缘导线", "JKLYJ-1/120", "米", MaterialCategory.OVERHEAD_LINE, 800),
            new Item("环形混凝土电杆", "Φ190×12m 非预应力", "根", MaterialCategory.OVERHEAD_LINE, 10),
            new Item("环形混凝土电杆", "Φ190×15m 非预应力", "根", MaterialCategory.OVERHEAD_LINE, 6),
            new Item("角钢横担", "∠75×8×1500 热镀锌", "根", MaterialCategory.OVERHEAD_LINE, 20),
            new Item("10kV冷缩电缆终端", "户外 3×300 NLS-10/3.4", "套", MaterialCategory.FITTINGS, 10),
            new Item("10kV冷缩电缆终端", "户内 3×240 NLS-10/3.3", "套", MaterialCategory.FITTINGS, 10),
            new Item("10kV冷缩电缆中间接头", "3×300 JLS-10/3.4", "套", MaterialCategory.FITTINGS, 6),
            new Item("低压热缩电缆终端", "1kV 4×240 SY-1/5.4", "套", MaterialCategory.FITTINGS, 10),
            new Item("电缆保护管", "MPP Φ200×10", "米", MaterialCategory.FITTINGS, 300),
            new Item("接地扁钢", "-50×5 热镀锌", "米", MaterialCategory.FITTINGS, 200),
            new Item("耐张线夹", "NXL-4 楔形绝缘", "套", MaterialCategory.FITTINGS, 40),
            new Item("设备线夹", "SY-240/30A", "只", MaterialCategory.FITTINGS, 40),
            new Item("柱式瓷绝缘子", "PS-15/5.0", "只", MaterialCategory.FITTINGS, 50),
            new Item("悬式瓷绝缘子", "U70BP/146", "片", MaterialCategory.FITTINGS, 60));
}
