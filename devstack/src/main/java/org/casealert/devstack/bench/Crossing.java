package org.casealert.devstack.bench;

/**
 * The five crossings of the October 2023 handover, each with the facility, city and province words that
 * alert-service's {@code alert.corridors.*} map to its corridor.
 */
enum Crossing {
    DANDONG_SINUIJU("DANDONG-SINUIJU", "Dandong Border Defence Detention Centre", "Dandong", "Liaoning"),
    CHANGBAI_HYESAN("CHANGBAI-HYESAN", "Changbai Border Detention Center", "Changbai", "Jilin"),
    NANPING_MUSAN("NANPING-MUSAN", "Nanping Border Detention Center", "Helong", "Jilin"),
    TUMEN_ONSONG("TUMEN-ONSONG", "Tumen Border Detention Center", "Tumen", "Jilin"),
    HUNCHUN_KYONGWON("HUNCHUN-KYONGWON", "Hunchun Border Detention Center", "Hunchun", "Jilin");

    final String corridor;
    final String facility;
    final String city;
    final String province;

    Crossing(String corridor, String facility, String city, String province) {
        this.corridor = corridor;
        this.facility = facility;
        this.city = city;
        this.province = province;
    }
}
