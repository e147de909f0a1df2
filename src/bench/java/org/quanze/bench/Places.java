package org.quanze.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names of regions for generated lists: real prefecture-level cities, and beyond them districts
 * of those cities (柳州市城南区), so that a thousand copies of a list each get a region of their own.
 * The order of the cities is shuffled by the seed.
 */
final class Places {

    private static final String CITIES = """
            南宁市 柳州市 桂林市 梧州市 北海市 防城港市 钦州市 贵港市 百色市 贺州市 河池市 来宾市 崇左市 北流市
            乌鲁木齐市 吐鲁番市 哈密市 昌吉市 阜康市 博乐市 库尔勒市 阿克苏市 库车市 阿图什市 喀什市 和田市 伊宁市
            奎屯市 塔城市 乌苏市 阿勒泰市 石河子市 五家渠市 北屯市 石家庄市 唐山市 保定市 邯郸市 太原市 大同市 长治市
            呼和浩特市 包头市 赤峰市 沈阳市 大连市 鞍山市 锦州市 长春市 吉林市 四平市 哈尔滨市 齐齐哈尔市 牡丹江市
            南京市 无锡市 徐州市 常州市 苏州市 南通市 扬州市 镇江市 杭州市 宁波市 温州市 嘉兴市 湖州市 绍兴市 金华市
            台州市 合肥市 芜湖市 蚌埠市 安庆市 福州市 厦门市 泉州市 漳州市 南昌市 九江市 赣州市 上饶市 济南市 青岛市
            淄博市 烟台市 潍坊市 济宁市 临沂市 郑州市 洛阳市 开封市 新乡市 南阳市 武汉市 宜昌市 襄阳市 荆州市 长沙市
            株洲市 湘潭市 岳阳市 常德市 广州市 深圳市 珠海市 汕头市 佛山市 韶关市 湛江市 江门市 海口市 三亚市 成都市
            绵阳市 宜宾市 南充市 贵阳市 遵义市 昆明市 曲靖市 大理市 拉萨市 西安市 宝鸡市 咸阳市 兰州市 天水市 西宁市
            银川市 石嘴山市""";
    private static final List<String> DISTRICTS = List.of("城南区", "城北区", "城东区", "城西区", "新城区", "高新区",
            "经开区", "临港区", "江南区", "江北区");

    private final List<String> cities;

    Places(long seed) {
        List<String> all = new ArrayList<>(List.of(CITIES.strip().split("\\s+")));
        java.util.Collections.shuffle(all, new Random(seed));
        this.cities = List.copyOf(all);
    }

    /** How many different regions there are. */
    int count() {
        return cities.size() * (DISTRICTS.size() + 1);
    }

    /** The region of copy {@code k} (1, 2, …): the cities first, then their districts. */
    String region(int k) {
        int i = k - 1;
        String city = cities.get(i % cities.size());
        int round = i / cities.size();
        return round == 0 ? city : city + DISTRICTS.get((round - 1) % DISTRICTS.size());
    }
}
